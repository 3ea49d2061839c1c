from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, sort_array(collect_set((5 * i))) AS a1, min(ts) AS a2, (max(if(b, d, d)) - min(if(b, d, d))) AS a3, count((dt < to_date('2000-01-01'))) AS a4 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
