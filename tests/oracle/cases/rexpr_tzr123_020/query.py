spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(i)))), 1, 24) AS a1, first_value(array_position(array(s, 'a', s), 'a'), true) AS a2, round(stddev_pop((m * m)), 6) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
