df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# rollup on a stream.
result = df.rollup("k").count()
OUTPUT_MODE = "complete"
