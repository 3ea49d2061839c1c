from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), j INT, ts TIMESTAMP, i INT, d DOUBLE, b BOOLEAN, s STRING, m DECIMAL(10,2), dt DATE").json(INPUT)
result = df.withColumn("c1", F.size(F.split(col("s"), ","))).withColumn("c2", (F.ifnull(col("m"), lit(100).cast("decimal(3,0)")) * F.pmod(lit(.001).cast("decimal(4,3)"), F.nullif(col("m"), lit(0)))).isNotNull()).withColumn("c3", F.array_join(F.split(col("s"), " "), "/")).withColumn("c4", expr("instr(c3, 'o')")).select("id", "c1", "c2", "c3", "c4").filter("((c1 IS NOT NULL) OR (id > -2L))")
OUTPUT_MODE = "append"
