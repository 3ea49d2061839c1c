spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(m IS NOT NULL)").selectExpr("dt", "(try_multiply(least(d, d), try_multiply(d, d)) / nullif(i, 0)) AS c1", "greatest(regexp_substr(s, '[0-9]+'), s) AS c2", "((id % nullif(i, 0)) / nullif(d, 0))", "TRY_CAST(d AS BIGINT) AS c4").where("(NOT coalesce((c4 IS NOT NULL), false))")
OUTPUT_MODE = "append"
