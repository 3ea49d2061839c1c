spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("json_object_keys(s)")).withColumn("c2", expr("from_xml('<ROW x=\"' || (1 * -1) || '\"><v>' || ifnull(d, 0.001D) || '</v></ROW>', '_x INT, v DOUBLE')")).withColumn("c3", expr("CASE try_element_at(split(s, ','), 2) WHEN 'abc' THEN (1000L % nullif(j, 0)) ELSE id END")).select("id", "c1", "c2", "c3").filter(F.coalesce(F.arrays_overlap(F.array(F.when((col("k") != lit(1000).cast("bigint")), col("i")).when(col("b").isNotNull(), col("i")).when(col("b"), col("i")).otherwise(lit(1)), F.positive(col("i"))), F.array(lit(1), lit(2), F.when((col("k") != lit(1000).cast("bigint")), col("i")).when(col("b").isNotNull(), col("i")).when(col("b"), col("i")).otherwise(lit(1)))), lit(True)))
OUTPUT_MODE = "append"
