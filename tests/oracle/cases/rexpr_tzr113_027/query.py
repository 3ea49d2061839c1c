spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] AS k1, round(covar_pop(array_max(array(i, i, 3)), greatest(i, i)), 6) AS a1, round(regr_slope(month(dt), i), 6) AS a2 FROM src GROUP BY sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
