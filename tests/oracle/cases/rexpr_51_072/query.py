from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, n DECIMAL(4,1), t STRING, s STRING, b BOOLEAN, m DECIMAL(38,10)").load(INPUT)
result = df.where("(i >= -1)").selectExpr("t", "(id = 3L) AS c1", "contains(right(concat(s, string(m)), 1), '') AS c2").filter(((lit(5) * lit(10)).between(lit(1), lit(10)) | col("t").isNotNull()))
OUTPUT_MODE = "append"
