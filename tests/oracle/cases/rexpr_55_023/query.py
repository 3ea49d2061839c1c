from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(9,5), m DECIMAL(10,2), t STRING, s STRING, i INT, d DOUBLE, j INT, ts TIMESTAMP, k BIGINT, dt DATE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, sort_array(collect_set(i)) AS a1, max(try_to_timestamp(t)) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
