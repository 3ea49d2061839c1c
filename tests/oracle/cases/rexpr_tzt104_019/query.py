spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, k BIGINT, dt DATE, d DOUBLE, s STRING, m DECIMAL(7,0), n DECIMAL(20,0), i INT").json(INPUT)
result = df.filter("(d IS NOT NULL)").selectExpr("id", "dt", "CASE WHEN coalesce(false, true) THEN to_date(ts) WHEN (i < -3.10) THEN dt ELSE dt END AS c1", "CAST(extract(HOUR FROM (ts - (ts + INTERVAL '25:00' HOUR TO MINUTE))) AS INT)", "ifnull((- d), 0.001D) AS c3", "if(endswith(s, 'é'), CASE WHEN (ts > TIMESTAMP'1999-12-31 23:59:59.999') THEN k ELSE k END, 1L) AS c4", "TRY_CAST(d AS BIGINT) AS c5")
OUTPUT_MODE = "append"
