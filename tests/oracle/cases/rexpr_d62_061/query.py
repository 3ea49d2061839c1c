from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(dt >= to_date('2023-12-31'))").createOrReplaceTempView("src")
result = spark.sql("SELECT b, sum((- try_subtract(d, d))) AS a1, count(crc32(right(t, 2))) AS a2 FROM src GROUP BY 1 ORDER BY b")
OUTPUT_MODE = "complete"
ORDERED = True
