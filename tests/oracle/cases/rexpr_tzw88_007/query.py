spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "k", "(m - m) AS c1", "lcase(substring(s, 5, 0)) AS c2").filter(((F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))) != F.least(col("dt"), col("dt"), col("dt"))) | col("d").isNotNull()))
OUTPUT_MODE = "append"
