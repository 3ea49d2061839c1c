spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("id") != lit(1).cast("bigint")) | (~F.coalesce(col("b"), lit(False))))).selectExpr("id", "TRY_CAST(s AS DATE) AS c1", "TRY_CAST(CAST(NULL AS STRING) AS TIMESTAMP) AS c2", "least(trunc(dt, 'mon'), greatest(dt, dt, dt))", "round(m, 0) AS c4").filter("(NOT b)")
OUTPUT_MODE = "append"
