from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "i", "add_months(date_sub(try_to_date(s), CASE WHEN b THEN i ELSE 1 END), i) AS c1", "(n - CAST(i AS DECIMAL(20,0))) AS c2", "string(dt)", "(i - i) AS c4")
OUTPUT_MODE = "append"
