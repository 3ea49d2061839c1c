from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("n").isNotNull() | (col("s") == lit("o")))).selectExpr("id", "round((0.001 + n), -1)", "(if(b, 5, i) + id) AS c2", "date_add(next_day(dt, 'wednesday'), abs(i)) AS c3").filter("(s = '42')")
OUTPUT_MODE = "append"
