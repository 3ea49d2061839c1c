# The Python a PySpark streaming script is written in: a listener class, a UDF, a list
# comprehension and a foreach writer object, over the course's sample events.
# Runs as it is with `runnel submit --once`, in Node (`spark.runScript`), in the playground,
# and on Spark (paths aside).
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, udf, upper
from pyspark.sql.streaming import StreamingQueryListener
from pyspark.sql.types import StringType

spark = SparkSession.builder.appName("PythonFeatures").getOrCreate()
events = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .option("maxFilesPerTrigger", 1).load("dbfs:/mnt/data/data/streaming-json/")


class BatchSizes(StreamingQueryListener):
    """Prints the rows each micro-batch read."""

    def onQueryStarted(self, event):
        print(f"started {event.name}")

    def onQueryProgress(self, event):
        p = event.progress
        print(f"batch {p.batchId}: {p.numInputRows} rows")

    def onQueryIdle(self, event):
        pass

    def onQueryTerminated(self, event):
        print(f"terminated, exception: {event.exception}")


@udf(returnType=StringType())
def size_band(value):
    if value is None:
        return None
    return "large" if value >= 50 else "small"


labelled = events.withColumn("band", size_band(col("value")))
text_columns = [c for c, t in labelled.dtypes if t == "string"]
shouted = labelled.select(*[upper(col(c)).alias(c) if c in text_columns else col(c) for c in labelled.columns])


class LargeSportsAlerts:
    """A foreach writer: open, process per row, close, as Spark calls them."""

    def open(self, partition_id, epoch_id):
        self.epoch = epoch_id
        self.count = 0
        return True

    def process(self, row):
        if row.category == "SPORTS" and row.band == "LARGE":
            self.count += 1

    def close(self, error):
        print(f"epoch {self.epoch}: {self.count} large sports events")


spark.streams.addListener(BatchSizes())
# As the course's examples, the script ends with start(): the runner (`runnel submit --once`,
# or the playground one file at a time) drives the batches. On Spark, wait for it:
# `query.awaitTermination()`.
query = shouted.writeStream.queryName("alerts").foreach(LargeSportsAlerts()).start()
