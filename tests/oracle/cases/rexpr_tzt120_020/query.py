spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT least(2, i) AS k1, coalesce(coalesce(d, d, 0.5D), 0.5D) AS k2, count_if(((dt - dt) = INTERVAL '1' DAY)) AS a1, (max(months_between(dt, add_months(dt, i))) - min(months_between(dt, add_months(dt, i)))) AS a2, count_if((i <= (n * n))) AS a3, max((d / i)) AS a4 FROM src GROUP BY least(2, i), coalesce(coalesce(d, d, 0.5D), 0.5D)")
OUTPUT_MODE = "update"
