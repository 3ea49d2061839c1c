from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.exists(F.split(col("s"), " "), lambda x: x == lit("Hello")) | (col("id") != lit(-2).cast("bigint")))).groupBy(expr("date_add(dt, i) AS k1")).agg(F.count(col("f")).alias("a1"), expr("min(i) AS a2"))
OUTPUT_MODE = "update"
