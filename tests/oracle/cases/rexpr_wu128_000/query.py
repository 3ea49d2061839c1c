from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((array_join(array_prepend(split(t, ' '), 'p'), '_') RLIKE 'o$') OR (b IS NOT TRUE))").withColumn("c1", col("j").cast("double")).withColumn("c2", expr("map_values(map(1, dt, 2, NULL))")).select("id", "c1", "c2").filter("(b OR (j <= 0))")
OUTPUT_MODE = "append"
