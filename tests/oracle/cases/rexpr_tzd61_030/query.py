spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(datediff(to_date(date_format(DATE'2025-03-01', 'yyyy-MM-dd'), 'yyyy-MM-dd'), dt) + ((d + m) / nullif(j, 0))) AS c1", "(NOT i) AS c2", "((CASE WHEN (id > 3L) THEN id WHEN b THEN 1L END % 10) / 7.0D) AS c3").where(col("k").isNotNull())
OUTPUT_MODE = "append"
