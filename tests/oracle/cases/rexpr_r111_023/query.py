from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((col("k") >= lit(-2).cast("bigint"))).createOrReplaceTempView("src")
result = spark.sql("SELECT nvl(i, 12) AS k1, round(regr_r2(negative(nullif(10, 1)), if(b, i, i)), 6) AS a1, try_avg(i) AS a2, round(covar_samp(d, array_max(array(bit_get(i, 3), (10 % nullif(i, 0)), 3))), 4) AS a3, max(slice(array(i, 2), 0, 1)) AS a5, string_agg(CAST(i AS STRING), '-') WITHIN GROUP (ORDER BY i DESC) AS a4 FROM src GROUP BY nvl(i, 12) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
