df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# pivot on a stream.
result = df.groupBy("k").pivot("k", ["a", "b"]).count()
OUTPUT_MODE = "complete"
