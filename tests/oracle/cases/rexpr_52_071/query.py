from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(i - CASE WHEN (s IS NOT NULL) THEN size(split(s, '[aeiou]')) WHEN b THEN i ELSE i END) AS c1", "size(split(s, '[aeiou]'))").where(((col("t") >= lit("abc")) | (col("id") == lit(3).cast("bigint"))))
OUTPUT_MODE = "append"
