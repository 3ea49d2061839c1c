from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((-1 BETWEEN 10 AND 5) OR (m IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs((i - i))))), 1, 24) AS a1, count_if(CASE WHEN b THEN (t >= 'é') ELSE xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') END) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
