spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(2 * i)")).withColumn("c2", expr("greatest(m, m, m)")).withColumn("c3", expr("round(n)")).withColumn("c4", (expr("-3.10") - F.abs(col("m")))).withColumn("c5", expr("(id % nullif(json_array_length(to_json(array((i % 2), size(json_object_keys(to_json(named_struct('a', 0, 'b', s))))))), 0))")).withColumn("c6", expr("array_insert(array(i), 0, 1)")).drop("m", "n", "t", "dt").where("((CAST(NULL AS TIMESTAMP) < dt) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
