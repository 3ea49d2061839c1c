from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN ts WHEN b THEN ts WHEN (s < '42') THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END AS c1", "(bround((- f), 3) BETWEEN 3.75D AND CAST('NaN' AS DOUBLE)) AS c2", "try_to_timestamp(s) AS c3").filter(((col("m") > col("s").try_cast("decimal(5,1)")) | (col("d") >= lit(100.0))))
OUTPUT_MODE = "append"
