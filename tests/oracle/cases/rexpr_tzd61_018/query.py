spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "element_at(split(s, ' '), 3) AS c1", "(timestamp_seconds(i) - INTERVAL '90' MINUTE) AS c2", "(octet_length(s) - CASE WHEN (i <= 3) THEN i END) AS c3").where("((' ' != '42') OR (id <= 1L))")
OUTPUT_MODE = "append"
