from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nullif(col("d").cast("string"), lit("x-y"))).withColumn("c2", F.pmod((col("i") % lit(3)), F.nullif((F.month(col("dt")) - (col("i") * lit(1))), lit(0)))).withColumn("c3", F.next_day(F.date_add(col("dt"), col("i")), "TU")).withColumn("c4", expr("regexp_replace(CASE WHEN (dt < to_date('2000-01-01')) THEN 'x-y' WHEN (NOT false) THEN s WHEN (dt IS NOT NULL) THEN s ELSE s END, '^.', '')")).withColumn("c5", col("d").isin(lit(100.0)))
OUTPUT_MODE = "append"
