spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((lit(100).cast("boolean") | col("i").isNull())).selectExpr("id", "CASE WHEN b THEN (10 * 3L) WHEN isnan(d) THEN 0L ELSE coalesce(id, -2L) END AS c1", "ifnull(ceiling((i * m)), 12.345) AS c2", "sqrt(d)", "(0L DIV nullif(i, 0)) AS c4")
OUTPUT_MODE = "append"
