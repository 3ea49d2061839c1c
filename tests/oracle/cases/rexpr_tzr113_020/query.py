spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, m DECIMAL(10,2), s STRING, t STRING, n DECIMAL(20,0), i INT, dt DATE, b BOOLEAN, ts TIMESTAMP, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT format_number(d, 3) AS k1, to_json(map_from_arrays(array('a', 'b'), array(i, i))) AS k2, round(avg(i), 3) AS a1, round(stddev_samp(getbit(abs(i) % 100, 0)), 6) AS a2 FROM src GROUP BY k1, k2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
