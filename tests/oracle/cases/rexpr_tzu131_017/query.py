spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "k", "(CASE WHEN b THEN DATE'2025-03-01' WHEN (k > 86400L) THEN dt ELSE dt END + INTERVAL -10 DAYS)", "TRY_CAST((m / 2) AS BIGINT) AS c2")
OUTPUT_MODE = "append"
