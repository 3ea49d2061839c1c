from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, i INT, n DECIMAL(9,5), d DOUBLE, j INT, b BOOLEAN, dt DATE, k BIGINT, ts TIMESTAMP, m DECIMAL(10,2)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b AS k1, sum(id) AS a1, sort_array(collect_set(datediff(DATE'2025-03-01', nvl(to_date('2000-01-01'), to_date('2000-01-01'))))) AS a2 FROM src GROUP BY b")
OUTPUT_MODE = "update"
