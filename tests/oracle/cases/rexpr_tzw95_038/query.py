spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT signum(n) AS k1, count_if((nullif(last_day(dt), to_date('2024-02-29')) > dt)) AS a1, round(avg(n), 3) AS a2 FROM src GROUP BY signum(n)")
OUTPUT_MODE = "complete"
