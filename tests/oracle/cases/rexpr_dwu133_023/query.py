from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT split_part(s, ',', -1) AS k1, sort_array(collect_set(i)) AS a1, histogram_numeric(i % 5, 10) AS a2, hex(count_min_sketch(i, 0.5D, 0.5D, 1)) AS a3 FROM src GROUP BY k1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
