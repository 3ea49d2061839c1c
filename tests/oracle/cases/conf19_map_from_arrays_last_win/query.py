spark.conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN")
from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("map_from_arrays(array(1, 2, 1), array(s, 'b', 'c')) AS m"))
OUTPUT_MODE = "append"
