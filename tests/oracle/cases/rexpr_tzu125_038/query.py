spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(j < 10)").createOrReplaceTempView("src")
result = spark.sql("SELECT s, max(integer(i)) AS a3, sort_array(collect_union(array((i % nullif(i, 0)), i))) AS a1, sort_array(collect_union(split(CAST(TIMESTAMP'1999-12-31 23:59:59.999' AS STRING), ' '))) AS a2 FROM src GROUP BY 1 ORDER BY s")
OUTPUT_MODE = "complete"
ORDERED = True
