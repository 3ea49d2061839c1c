spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT character_length(s) AS k1, sum(CASE WHEN b THEN least(i, i) ELSE 0 END) AS a1, round(avg(bit_get(i, 3)), 0) AS a2, histogram_numeric(i % 5, 10) AS a3, bool_and((s IS NOT NULL)) AS a4 FROM src GROUP BY character_length(s)")
OUTPUT_MODE = "update"
