from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce((translate(concat(s, CAST(m AS STRING)), 'lo', '01') LIKE '_'), true)").withColumn("c1", ((col("m") - expr("0.5")) > col("m"))).withColumn("c2", expr("coalesce(d, 0.001D)")).withColumn("c3", F.pmod(col("i"), F.nullif(lit(2), lit(0)))).withColumn("c4", expr("(100.0D - d)")).withColumn("c5", expr("(CAST(100 AS DOUBLE) <= 0.5D)")).select("id", "c1", "c2", "c3", "c4", "c5").where((col("c4") <= lit(-1.5)))
OUTPUT_MODE = "append"
