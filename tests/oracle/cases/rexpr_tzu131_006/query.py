spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT to_date(coalesce(ts, TIMESTAMP'2024-02-29 00:00:00')) AS k1, last_value(CAST(try_to_timestamp(s) AS STRING)) AS a1, min_by(sequence((dt + INTERVAL 2 YEARS), date_add((dt + INTERVAL 2 YEARS), 3), INTERVAL 1 DAY)[1], 0.1D) AS a2, regr_count(i, signum(i)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
