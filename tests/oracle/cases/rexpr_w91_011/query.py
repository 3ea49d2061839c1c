from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", (col("i") * lit(100000000)).alias("c1"), F.pmod((-col("m")), F.nullif(F.bround(F.greatest(col("m"), col("m"), col("n")), 2), lit(0))).alias("c2"), expr("next_day(make_date(year(CASE WHEN (i IS NOT NULL) THEN dt WHEN b THEN dt WHEN (t < 'a') THEN dt ELSE dt END), 2, 28), 'SUN')").alias("c3"), expr("TRY_CAST(m AS INT)").alias("c4"))
OUTPUT_MODE = "append"
