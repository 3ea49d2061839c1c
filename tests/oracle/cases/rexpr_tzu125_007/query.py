spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((col("i") > lit(5))).createOrReplaceTempView("src")
result = spark.sql("SELECT (i >= n) AS k1, median(i) AS a1, bool_or(arrays_overlap(array(i, i), array(1, 2, i))) AS a2 FROM src GROUP BY (i >= n) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
