from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, dt DATE, ts TIMESTAMP, m DECIMAL(10,2), i INT, s STRING, b BOOLEAN, d DOUBLE, j INT").load(INPUT)
result = df.withColumn("c1", expr("((i - m) + m)")).withColumn("c2", F.width_bucket(col("d"), lit(-10.0), lit(10.0), lit(4))).withColumn("c3", F.translate(F.nullif(expr("get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', i)))), '$.a')"), lit("o")), "abc", ""))
OUTPUT_MODE = "append"
