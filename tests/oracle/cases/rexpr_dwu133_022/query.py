from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("format_number(id, 2)")).withColumn("c2", F.json_array_length(F.regexp_replace(col("s"), "(a|b)", "<>"))).withColumn("c3", col("k")).withColumn("c4", expr("((id + coalesce(id, 3L)) - nullif(id, 86400L))")).withColumn("c5", expr("ascii(char(datepart('DAYOFWEEK', dt)))")).select("id", "c1", "c2", "c3", "c4", "c5").filter((F.arrays_overlap(F.array(lit(10), lit(3)), F.array(lit(1), lit(2), lit(10))) | (col("c4") <= lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
