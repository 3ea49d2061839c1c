from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.lower(F.try_element_at(F.split(F.upper(lit("a")), ","), lit(3)))).withColumn("c2", expr("(i % nullif(i, 0))")).select("id", "c1", "c2").filter("((array_join(split(c1, '  *'), '/') ILIKE '% %') OR (c2 <> 3))")
OUTPUT_MODE = "append"
