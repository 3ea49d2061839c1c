spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("shiftrightunsigned(CAST(0 AS BIGINT), 1)")).withColumn("c2", expr("ucase(schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>'))")).withColumn("j", (F.when((col("s") != lit("a")), col("i")).when((col("j") == lit(1)), col("i")).when(col("t").isNotNull(), col("i")).otherwise(col("i")) % lit(3))).withColumn("c4", expr("CASE WHEN (i IS NULL) THEN nvl(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-02-29 00:00:00') WHEN (m IS NOT NULL) THEN timestamp_seconds(i) WHEN (id = -2L) THEN convert_timezone('America/Los_Angeles', 'UTC', ts) ELSE ts END")).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
