spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, (max((m / 7.5)) - min((m / 7.5))) AS a1, sort_array(collect_union(array(locate('o', from_unixtime(i, 'yyyy-MM-dd'), 2), i))) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
