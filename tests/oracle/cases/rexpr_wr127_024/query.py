from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce(arrays_overlap(array(CAST((-1 ^ '6') AS INT), i), array(1, 2, CAST((-1 ^ '6') AS INT))), false))").withColumn("c1", F.isnan(F.nanvl(col("d"), lit(3.75)))).withColumn("c2", expr("CAST((dt IS NOT NULL) AS BIGINT)")).withColumn("c3", expr("((ts >= TIMESTAMP'2024-03-01 12:30:00.123456') AND b)")).withColumn("c4", F.size(F.json_object_keys(F.to_json(F.struct(expr("tinyint(abs((10 * i)) % 100)").alias('a'), col("m").cast("string").alias('b')))))).withColumn("c5", expr("(i + (i + d))")).select("id", "c1", "c2", "c3", "c4", "c5").where("(d IS NOT NULL)")
OUTPUT_MODE = "append"
