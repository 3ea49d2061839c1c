from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((F.isnan(col("d")) | col("n").isNotNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT locate(' ', s, 1) AS k1, dt, count_if((least(i, i) = (n / 7))) AS a1, datediff(max(to_date('2000-01-01')), min(to_date('2000-01-01'))) AS a2, (max(1) - min(1)) AS a3 FROM src GROUP BY k1, dt HAVING count(*) >= 1 ORDER BY k1, dt")
OUTPUT_MODE = "complete"
ORDERED = True
