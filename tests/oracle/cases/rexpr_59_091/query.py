from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(coalesce((id > 0L), (m >= 0.5), false), true)").withColumn("c1", expr("CAST(dayofmonth(dt) AS TIMESTAMP)")).withColumn("c2", F.nullif(F.concat(lit("o"), col("dt").cast("string"), F.translate(col("s"), " ", "_")), lit("o"))).withColumn("c3", expr("c2")).select("id", "c1", "c2", "c3").where("(true OR (c2 IS NULL))")
OUTPUT_MODE = "append"
