df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# An aggregate over a window on a stream: refused as well.
result = df.select("k", F.count("*").over(Window.partitionBy("k")).alias("c"))
OUTPUT_MODE = "append"
