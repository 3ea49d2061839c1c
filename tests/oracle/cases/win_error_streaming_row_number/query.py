df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# A non-time window over a stream: Spark refuses it.
w = Window.partitionBy("k").orderBy("k")
result = df.withColumn("rn", F.row_number().over(w))
OUTPUT_MODE = "append"
