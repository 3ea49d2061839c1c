spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, d DOUBLE, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, m DECIMAL(38,10), i INT, dt DATE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, extract(QUARTER FROM dt) AS k2, (max(greatest(i, i, i)) - min(greatest(i, i, i))) AS a1, sort_array(collect_set(CAST(d AS STRING))) AS a2, round(avg(CASE WHEN ((n >= 99.99) OR (n IS NOT NULL)) THEN bround(d, -1) END), 3) AS a3 FROM src GROUP BY dt, extract(QUARTER FROM dt)")
OUTPUT_MODE = "update"
