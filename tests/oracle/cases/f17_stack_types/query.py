df = spark.readStream.format("json").schema("id INT, a INT, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("id", F.stack(F.lit(2), "a", "s"))
OUTPUT_MODE = "append"
