spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(covar_pop(i, i), 6) AS a1, percentile_approx(greatest(i, i), 0.5) AS a2 FROM src GROUP BY dt HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
